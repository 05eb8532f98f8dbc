import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The module resolutions a partner's project uses: a Node backend (NodeNext) and a bundled web app (Bundler). */
export const resolutions = [
  { name: 'nodenext', module: 'NodeNext', moduleResolution: 'NodeNext' },
  { name: 'bundler', module: 'ESNext', moduleResolution: 'Bundler' },
] as const;

/**
 * Writes `check/imports.ts`, which imports every specifier and states that each name it exported at run time has a
 * type (a side-effect-only module is imported bare), and a `tsconfig.<resolution>.json` per resolution that checks
 * `check/` strictly, the packages' own declarations included (`skipLibCheck: false`). Returns the config files.
 */
export function writeTypeChecks(projectDir: string, runtimeNames: Record<string, string[]>): string[] {
  const lines = Object.entries(runtimeNames).flatMap(([specifier, names], i) =>
    names.length === 0
      ? [`import '${specifier}';`]
      : [
        `import * as m${i} from '${specifier}';`,
        `export const names${i} = ${JSON.stringify(names)} as const satisfies readonly (keyof typeof m${i})[];`,
      ]);
  mkdirSync(join(projectDir, 'check'), { recursive: true });
  writeFileSync(join(projectDir, 'check/imports.ts'), `${lines.join('\n')}\n`);
  return resolutions.map(({ name, module, moduleResolution }) => {
    const file = `tsconfig.${name}.json`;
    const compilerOptions = {
      strict: true, noEmit: true, module, moduleResolution, target: 'ES2022', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: ['node'], skipLibCheck: false, noUncheckedSideEffectImports: true,
    };
    writeFileSync(join(projectDir, file), JSON.stringify({ compilerOptions, include: ['check'] }, null, 2));
    return file;
  });
}

/** Writes each ```ts block of a package's README as its own module under `check/`, to be type-checked with the rest. */
export function writeReadmeExamples(projectDir: string, packageName: string, readme: string): number {
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const stem = packageName.replace(/^@/, '').replace(/\//g, '-');
  mkdirSync(join(projectDir, 'check'), { recursive: true });
  // `export {}` keeps each block a module of its own, so two blocks may use the same names.
  blocks.forEach((code, i) => writeFileSync(join(projectDir, `check/readme-${stem}-${i}.ts`), `${code}\nexport {};\n`));
  return blocks.length;
}
