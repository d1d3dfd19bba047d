// Typed usage of the notification-service client (type-checked by the build).
import { createApiClient, type Schemas } from "../generated/notification-service.client";

/** The webhook subscriptions the caller's organisation has registered. */
export async function subscriptionUrls(baseUrl: string): Promise<string[]> {
  const { data } = await createApiClient(baseUrl).GET("/webhooks/subscriptions", {});
  const subscriptions: Schemas["Subscription"][] = data?.items ?? [];
  return subscriptions.map((subscription) => subscription.url ?? "");
}
