import { addresses } from "./addresses";
import { ages } from "./ages";
import { email, handle, ipAddress, url } from "./contact";
import { dates } from "./dates";
import { names } from "./names";
import { numbers } from "./numbers";
import { places } from "./places";
import { records } from "./records";
import type { Rule } from "./rule";

/** The confidentiality guard: the HIPAA Safe Harbor identifiers. */
export const identifying: Rule[] = [
  email,
  url,
  handle,
  ipAddress,
  numbers,
  records,
  addresses,
  dates,
  ages,
  names,
  ...places,
];
