export { getRuntime, onRuntime, type Runtime } from "../Runtime.js";
