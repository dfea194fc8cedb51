import { DocxError } from "./errors";
import { relationshipTargets, type OpcPackage } from "./opc-package";
import type { XmlElement } from "./xml";

/** The parts of a Word package the reader uses. */
export interface WordParts {
  /** The root `w:document` element of the main document part. */
  readonly document: XmlElement;
  readonly styles?: XmlElement;
  readonly numbering?: XmlElement;
}

/** Documents, templates, macro-enabled or not: all have a "….main+xml" main part. */
const isMainDocumentType = (contentType: string): boolean =>
  /(wordprocessingml|ms-word)\..*main\+xml$/.test(contentType);

/**
 * Finds the main document part the way Word does: the package's officeDocument relationship,
 * else the part declared with a main-document content type, else the conventional
 * /word/document.xml; then its styles and numbering parts through its own relationships.
 * Throws DocxError "not-docx" when no candidate is a `w:document` ("ofd" for an OFD file).
 */
export function wordParts(pkg: OpcPackage): WordParts {
  const candidates = [
    ...relationshipTargets(pkg, "/", "officeDocument"),
    ...pkg.partsOfType(isMainDocumentType),
    "/word/document.xml",
  ];
  for (const name of candidates) {
    const document = pkg.part(name);
    if (document?.name !== "w:document") continue;
    return {
      document,
      styles: related(pkg, name, "styles", "w:styles"),
      numbering: related(pkg, name, "numbering", "w:numbering"),
    };
  }
  throw new DocxError(isOfd(pkg) ? "ofd" : "not-docx");
}

/** An OFD document (China's fixed-layout format) is a zip too, with its entry point in /OFD.xml. */
function isOfd(pkg: OpcPackage): boolean {
  try {
    return /(^|[:}])OFD$/.test(pkg.part("/OFD.xml")?.name ?? "");
  } catch {
    return false;
  }
}

function related(pkg: OpcPackage, source: string, type: string, rootName: string): XmlElement | undefined {
  for (const name of relationshipTargets(pkg, source, type)) {
    const root = pkg.part(name);
    if (root?.name === rootName) return root;
  }
  return undefined;
}
