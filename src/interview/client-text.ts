// Words for the client's eyes. The interview runs on a projector: what it shows reads as advice
// in the room, without the references a reviewer needs in `dxplan check` (methodology section
// numbers, ids in brackets). The same facts stay, in full, in check.

/** "(§3)", "（§6、§14.3）", "(§6 system)": a bracket holding only methodology references. */
const SECTION_BRACKET = /\s*[(（]\s*§[^()（）]*[)）]/g;
/** A reference left inside a sentence: "§5", "§14.2". */
const SECTION_INLINE = /\s*§\s?\d+(?:\.\d+)*/g;
/** An id in brackets after a name: "Doctor onboarding (doctor_onboarding)", "医生入驻（function_1）". */
const ID_BRACKET = /\s*[(（][a-z0-9][a-z0-9_-]*[)）]/g;

/** `text` without methodology references and bracketed ids. */
export function clientText(text: string): string {
  return text.replace(SECTION_BRACKET, '').replace(ID_BRACKET, '').replace(SECTION_INLINE, '').replace(/ +([.,;:。，；：])/g, '$1');
}
