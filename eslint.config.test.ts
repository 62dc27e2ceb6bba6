import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The architecture rules as lint enforces them: the project's own boundaries block, run on
 * imports that files at real paths would make. Type-aware rules are left out (virtual files
 * have no TypeScript project); these rules only need paths.
 */
// A path in a variable: the config is plain JavaScript, typed here once.
const CONFIG_PATH = './eslint.config.js';
const { default: config } = (await import(CONFIG_PATH)) as { default: Linter.Config[] };
const boundariesBlock = config.find(
  (block) => block.plugins !== undefined && 'boundaries' in block.plugins,
);

async function problems(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [{ languageOptions: { parser: tseslint.parser } }, boundariesBlock ?? {}],
  });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? ''}: ${message.message}`);
}

describe('architecture boundaries (eslint.config.js)', () => {
  it('exists', () => {
    expect(boundariesBlock).toBeDefined();
  });

  it('rejects a feature importing another feature', async () => {
    const found = await problems(
      'src/client/features/find/lib/cross-feature.ts',
      "import { maskContacts } from '@/client/features/export/lib/mask-contacts';\nexport const x = maskContacts;\n",
    );
    expect(found).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*name="export"/)]);
  });

  it.each([
    [
      'an entity importing a feature',
      'src/client/entities/thread/model/x.ts',
      '@/client/features/find/hooks/use-find',
    ],
    [
      'an entity importing the app',
      'src/client/entities/thread/model/x.ts',
      '@/client/app/thread-page/thread-view',
    ],
    [
      'shared UI importing an entity',
      'src/client/components/ui/x.tsx',
      '@/client/entities/thread/api/thread-queries',
    ],
    ['shared code importing the client', 'src/shared/x.ts', '@/client/lib/cn'],
    ['shared code importing the server', 'src/shared/x.ts', '@/server/env'],
    ['the server importing the client', 'src/server/x.ts', '@/client/lib/cn'],
    ['the client importing the server', 'src/client/lib/x.ts', '@/server/env'],
  ])('rejects %s', async (_label, filePath, target) => {
    const found = await problems(
      filePath,
      `import * as m from '${target}';\nexport const x = m;\n`,
    );
    expect(found).toEqual([expect.stringMatching(/^boundaries\/dependencies: /)]);
  });

  it.each([
    [
      'a feature using an entity, lib and shared',
      'src/client/features/find/lib/x.ts',
      ['@/client/entities/thread/api/thread-queries', '@/client/lib/cn', '@/shared/thread-id'],
    ],
    [
      'the app composing features',
      'src/client/app/thread-page/x.tsx',
      ['@/client/features/find/hooks/use-find', '@/client/features/export/lib/mask-contacts'],
    ],
    [
      'a file importing inside its own feature',
      'src/client/features/find/components/x.tsx',
      ['../hooks/use-find'],
    ],
  ])('allows %s', async (_label, filePath, targets) => {
    const code = targets
      .map(
        (target, i) =>
          `import * as m${String(i)} from '${target}';\nexport const x${String(i)} = m${String(i)};\n`,
      )
      .join('');
    expect(await problems(filePath, code)).toEqual([]);
  });
});
