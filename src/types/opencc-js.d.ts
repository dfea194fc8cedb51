// opencc-js publishes its subpath entry points through package "exports", which the "node"
// module resolution of this project does not read; this declares the one we use.
declare module "opencc-js/t2cn" {
  export function Converter(options: { from: "t" | "tw" | "twp" | "hk"; to: "cn" }): (text: string) => string;
}
