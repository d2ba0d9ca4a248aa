/** The production config written elsewhere with other Vite build options: the bench's variant builds. */
import { defineConfig, type UserConfig } from 'wxt';
import base from '../../wxt.config';

export function variantConfig(outDir: string, build: Record<string, unknown>) {
  const config = base as UserConfig;
  const baseVite = config.vite;
  return defineConfig({
    ...config,
    outDir,
    vite: (env) => {
      const own = baseVite ? baseVite(env) : {};
      return { ...own, build: { ...(own as { build?: object }).build, ...build } };
    },
  });
}
