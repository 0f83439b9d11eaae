import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// No test may touch the developer's data/app.db: each test file gets its own database file.
process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), "mi-test-")), "app.db");
