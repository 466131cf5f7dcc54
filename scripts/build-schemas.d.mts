// Types of scripts/build-schemas.mjs, for the test that imports it.

/** Where `npm run build` writes the schemas, relative to the repository root. */
export declare const schemaDir: string;

/** The schema files as the build writes them: each file name with its text. */
export declare function builtSchemaFiles(): Promise<{ readonly file: string; readonly text: string }[]>;
