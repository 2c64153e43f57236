package org.liaison.campaigns;

/** A campaign's mail as one recipient gets it. */
public record RenderedMail(String language, String subject, String html, String text) {
}
