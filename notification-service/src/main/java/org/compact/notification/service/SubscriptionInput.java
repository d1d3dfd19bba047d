package org.compact.notification.service;

import java.util.List;
import java.util.UUID;
import org.compact.notification.domain.SubscriptionFilter;

/** What a caller asks for when creating or replacing a subscription. */
public record SubscriptionInput(
    String url,
    List<String> eventTypes,
    List<SubscriptionFilter> filters,
    UUID organisationId,
    String description) {}
