/** The "my data" request form's schema, shared by the browser and the server action. */
import { z } from "zod";
import { requiredText } from "./fields";
import { LIMITS } from "./signature";

export const myDataRequestSchema = z.object({
  email: z.pipe(requiredText(LIMITS.email), z.email({ error: "invalidEmail" })),
});
