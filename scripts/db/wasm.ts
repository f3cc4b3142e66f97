// Loads @prisma/schema-engine-wasm by hand. Its entry point does `import * as wasm from "./x.wasm"`,
// which Node 20 cannot do (no Wasm ESM integration without --experimental-wasm-modules), so we
// compile the .wasm ourselves and link it to the package's JS glue module.
import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import type * as Bindings from "@prisma/schema-engine-wasm";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type Glue = typeof Bindings & { __wbg_set_wasm(exports: WebAssembly.Exports): void };

/** Where wasm-bindgen's panic hook writes the Rust panic message (it calls this global). */
export const panicRegistry = {
  message: "",
  set_message(message: string) {
    this.message = message;
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;

let loading: Promise<typeof SchemaEngine> | undefined;

/** The SchemaEngine class, instantiated once per process (the glue module holds one instance). */
export function loadSchemaEngine(): Promise<typeof SchemaEngine> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as Glue;
    const bytes = await fs.readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const module = await WebAssembly.compile(bytes);
    // The import object is keyed by the module specifier the .wasm was built against.
    const imports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
    // The engine arms 10 s timers (timeouts around its queries) and never clears them, so a CLI
    // run would idle for 10 s after finishing. Unref them: they still fire while we are busy,
    // but do not keep the process alive on their own (pg sockets do while a query is running).
    for (const [name, fn] of Object.entries(imports)) {
      if (!name.startsWith("__wbg_setTimeout_") || typeof fn !== "function") continue;
      imports[name] = (...args: unknown[]) => {
        const timer = (fn as (...a: unknown[]) => unknown)(...args);
        (timer as { unref?: () => void } | undefined)?.unref?.();
        return timer;
      };
    }
    const instance = await WebAssembly.instantiate(module, { "./schema_engine_bg.js": imports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue.SchemaEngine;
  })();
  return loading;
}
