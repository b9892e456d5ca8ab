package io.estatewatch.complaint.archfixture;

import io.estatewatch.filing.archfixture.FilingRegister;

/** Breaks the rule on purpose: the complaint side reaches into the filing side's code. */
public class CrossServiceCall {

	public Object estate() {
		return new FilingRegister();
	}
}
