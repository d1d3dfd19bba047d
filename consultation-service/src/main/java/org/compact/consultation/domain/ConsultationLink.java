package org.compact.consultation.domain;

/** A published link about a consultation (survey form, papers, results page). */
public record ConsultationLink(String title, String url) {}
