/// <reference types="vite/client" />
/**
 * The Custom Elements Manifest (dist/custom-elements.json, written from the elements' JSDoc by
 * `npx cem analyze`) as the catalogue uses it: for the controls and docs tables of every story,
 * and for the lists of custom properties and parts on the Theming page. Nothing here is written
 * by hand: a new `@cssprop` or `@csspart` in src/ shows up in the catalogue by itself.
 */

export interface ManifestItem {
  readonly name: string;
  readonly description?: string;
  readonly kind?: string;
  readonly privacy?: string;
  readonly static?: boolean;
  readonly inheritedFrom?: { readonly name: string };
}

export interface ElementDeclaration {
  readonly kind: string;
  readonly name: string;
  readonly tagName?: string;
  readonly summary?: string;
  readonly description?: string;
  readonly members?: readonly ManifestItem[];
  readonly attributes?: readonly ManifestItem[];
  readonly events?: readonly ManifestItem[];
  readonly slots?: readonly ManifestItem[];
  readonly cssParts?: readonly ManifestItem[];
  readonly cssProperties?: readonly ManifestItem[];
}

export interface Manifest {
  readonly schemaVersion: string;
  readonly modules: ReadonlyArray<{ readonly path: string; readonly declarations?: readonly ElementDeclaration[] }>;
}

// A glob rather than an import: a clean clone has no dist/ yet, and the type check runs first.
const found = import.meta.glob<Manifest>('../../dist/custom-elements.json', { eager: true, import: 'default' });
const loaded = Object.values(found)[0];
if (!loaded) {
  throw new Error('dist/custom-elements.json is missing: run `npx cem analyze` (or `npm run build`) before Storybook.');
}

/** Only what a page author can use: public fields, no methods, no `#private` or protected members. */
const isPublicField = (member: ManifestItem) =>
  member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#');

/** The manifest with each element's members cut down to its public fields. */
const publicManifest: Manifest = {
  ...loaded,
  modules: loaded.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) =>
      declaration.tagName ? { ...declaration, members: declaration.members?.filter(isPublicField) } : declaration,
    ),
  })),
};

/** Every element the manifest documents, in the order of its modules. */
export const elements: readonly ElementDeclaration[] = publicManifest.modules.flatMap(
  (module) => module.declarations?.filter((declaration) => declaration.tagName) ?? [],
);

/**
 * The manifest as Storybook's controls and docs tables read it: parts named `::part(name)`,
 * because Storybook keys every row by name and a part called `place` would otherwise replace
 * the `place` attribute.
 */
export const storybookManifest: Manifest = {
  ...publicManifest,
  modules: publicManifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) =>
      declaration.tagName
        ? { ...declaration, cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })) }
        : declaration,
    ),
  })),
};

/** The declaration of `<tag>`; throws for a tag the manifest does not have. */
export function elementOf(tag: string): ElementDeclaration {
  const element = elements.find((each) => each.tagName === tag);
  if (!element) throw new Error(`<${tag}> is not in dist/custom-elements.json; run \`npx cem analyze\`.`);
  return element;
}

/** The custom properties or parts every widget shares, and those each element adds. */
export interface StyleHooks {
  /** From the shared base class: every element has them. */
  readonly shared: readonly ManifestItem[];
  readonly byElement: ReadonlyArray<{ readonly tag: string; readonly own: readonly ManifestItem[] }>;
}

/** What the Theming page lists: `cssProperties` or `cssParts`, shared ones once. */
export function styleHooks(kind: 'cssProperties' | 'cssParts'): StyleHooks {
  const [first] = elements;
  return {
    shared: first?.[kind]?.filter((item) => item.inheritedFrom) ?? [],
    byElement: elements.map((element) => ({
      tag: element.tagName!,
      own: element[kind]?.filter((item) => !item.inheritedFrom) ?? [],
    })),
  };
}
