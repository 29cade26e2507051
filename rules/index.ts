import type { AnyRule } from "../src/core/types.js";
import fixSpacing from "./fix-spacing.js";

/** The built-in rules, in pipeline order: each runs on the previous one's output. */
export const BUILT_IN_RULES: readonly AnyRule[] = [fixSpacing];
