// Typed usage of the actionplan-service client (type-checked by the build).
import { createApiClient, type Schemas } from "../generated/actionplan-service.client";

/** A published plan with its sections. */
export async function planTitle(baseUrl: string, planId: string): Promise<string | undefined> {
  const { data } = await createApiClient(baseUrl).GET("/plans/{planId}", {
    params: { path: { planId } },
  });
  const plan: Schemas["Plan"] | undefined = data;
  return plan?.title;
}
