import { execFileSync } from "node:child_process";
import path from "node:path";
import { recordBuildStamp } from "./build-stamp";

/** `next build`, then record the fingerprint `npm start` compares against. */
execFileSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], { stdio: "inherit" });
recordBuildStamp();
