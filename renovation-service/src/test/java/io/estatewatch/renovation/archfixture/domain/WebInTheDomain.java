package io.estatewatch.renovation.archfixture.domain;

import io.estatewatch.renovation.project.web.ProjectResponse;

/** Breaks the rule that domain code depends on no adapter. */
public class WebInTheDomain {

    public String idOf(ProjectResponse response) {
        return response.id();
    }
}
