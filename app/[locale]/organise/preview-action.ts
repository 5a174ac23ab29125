"use server";
/** Live Markdown preview for organiser forms: sanitised on the server, for signed-in organisers only. */
import { z } from "zod";
import { currentOrganiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { runButtonAction } from "@/lib/forms/button-action";
import { renderMarkdown } from "@/lib/markdown";

const previewArgs = z.object({ source: z.string().max(60_000) });

/** Anything refused (not a string, too long, not signed in) previews as nothing. */
export async function previewMarkdown(source: unknown): Promise<string> {
  return runButtonAction({
    schema: previewArgs,
    input: { source },
    authorize: async () => {
      if (!(await currentOrganiser())) throw new AppError("unauthenticated");
    },
    perform: (data) => renderMarkdown(data.source),
    onSuccess: (html) => html,
    onFailure: () => "",
  });
}
