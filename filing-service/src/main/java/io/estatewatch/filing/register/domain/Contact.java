package io.estatewatch.filing.register.domain;

/** Whom the section calls at a company: a person and a phone number (the company's business contact). */
public record Contact(String name, String phone) {
}
