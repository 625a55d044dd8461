export const COMPILE_ALL: string;
export const EAGER_MODULES: ReadonlySet<string>;
