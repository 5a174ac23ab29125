/** A row's "edit" and "delete" links (`<base>/edit`, `<base>/delete`), each naming the row for screen readers. */
import { Link } from "@/lib/i18n/navigation";

export function EditDeleteLinks({ base, name, edit, remove }: { base: string; name: string; edit: string; remove: string }) {
  return (
    <>
      <Link href={`${base}/edit`} className="underline">
        {edit}
        <span className="sr-only"> {name}</span>
      </Link>
      <Link href={`${base}/delete`} className="text-red-800 underline">
        {remove}
        <span className="sr-only"> {name}</span>
      </Link>
    </>
  );
}
