package org.compact.notification.domain;

import java.net.URI;

/** A webhook URL taken apart: where to connect and what to ask for. */
public record WebhookTarget(URI uri, String host, int port, boolean https, String pathAndQuery) {}
