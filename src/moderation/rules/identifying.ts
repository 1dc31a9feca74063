import { addresses } from "./addresses";
import { ages } from "./ages";
import { email, encodedText, handle, ipAddress, url } from "./contact";
import { dates } from "./dates";
import { names } from "./names";
import { numbers } from "./numbers";
import { places } from "./places";
import { properNouns } from "./proper-nouns";
import { quasiIdentifiers } from "./quasi";
import { records } from "./records";
import { roads } from "./roads";
import type { Rule } from "./rule";
import { spelledNames } from "./spelled-names";

/** The confidentiality guard: the HIPAA Safe Harbor identifiers. */
export const identifying: Rule[] = [
  email,
  url,
  handle,
  ipAddress,
  encodedText,
  numbers,
  records,
  addresses,
  dates,
  ages,
  names,
  properNouns,
  spelledNames,
  ...places,
  roads,
  ...quasiIdentifiers,
];
