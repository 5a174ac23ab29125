/**
 * POST /api/letters/<templateId>/<pdf|docx|txt>: the activist's letter as a file. The fields come
 * by POST (never in the URL, so not in logs or history), are checked with the writing form's
 * schema, and are forgotten once the file is made: nothing is stored or logged.
 */
import type { NextRequest } from "next/server";
import { getPublishedLetterTemplate } from "@/db/queries/letters";
import { AppError } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/translator";
import { letterDocx } from "@/lib/letters/docx";
import { composeRequestedLetter, letterFilename } from "@/lib/letters/letter";
import { letterPdf } from "@/lib/letters/pdf";
import { LETTER_REQUEST_FIELDS, letterRequestSchema } from "@/lib/letters/schemas";
import { letterPlainText } from "@/lib/letters/text";
import { hasTrustedOrigin } from "@/lib/security/origin";
import { formDataFields } from "@/lib/validation/form-data";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 64 * 1024;
const TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  txt: "text/plain; charset=utf-8",
} as const;
type Format = keyof typeof TYPES;

function refuse(status: number, key: string, locale: string) {
  return new Response(`${translatorFor(locale, "letters.download")(key)}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ templateId: string; format: string }> }) {
  const { templateId, format } = await params;
  if (!(format in TYPES)) return new Response("Not found\n", { status: 404 });
  if (!hasTrustedOrigin(request.headers)) return refuse(403, "forbidden", "en");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return refuse(413, "invalid", "en");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, "invalid", "en");
  }
  const posted = form.get("locale");
  const locale = typeof posted === "string" ? posted : "en";
  const id = Number(templateId);
  const found = Number.isInteger(id) && id > 0 ? getPublishedLetterTemplate(id) : undefined;
  if (!found) return refuse(404, "notFound", locale);
  let fields;
  try {
    fields = formDataFields(form, LETTER_REQUEST_FIELDS);
  } catch {
    return refuse(400, "invalid", locale);
  }
  const parsed = letterRequestSchema.safeParse(fields);
  if (!parsed.success) return refuse(422, "invalid", locale);
  let composed;
  try {
    composed = composeRequestedLetter(found.template, parsed.data);
  } catch (err) {
    if (err instanceof AppError) return refuse(422, "invalid", locale);
    throw err;
  }
  const { letter, mission } = composed;
  const kind = format as Format;
  const body =
    kind === "pdf"
      ? await letterPdf(letter, found.template.title)
      : kind === "docx"
        ? await letterDocx(letter, found.template.title)
        : Buffer.from(letterPlainText(letter), "utf8");
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": TYPES[kind],
      "content-disposition": `attachment; filename="${letterFilename(found.template, mission, kind)}"`,
      "cache-control": "no-store",
      "x-robots-tag": "noindex",
    },
  });
}
