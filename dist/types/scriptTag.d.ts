import './startScript.js';
export {};
