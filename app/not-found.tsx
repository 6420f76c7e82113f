import Link from "next/link";

export default function NotFound() {
  return (
    <div className="section">
      <h1>Not found</h1>
      <p>Parallax holds no page at this address. The conflict, mission, actor, article or figure may have been renamed, or the link mistyped.</p>
      <p>
        Try the lists: <Link href="/conflicts">conflicts</Link>, <Link href="/missions">missions</Link>, <Link href="/actors">actors</Link>,{" "}
        <Link href="/dossier">the dossier</Link>.
      </p>
    </div>
  );
}
