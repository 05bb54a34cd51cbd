/**
 * Patterns shared by schemas and by browser code. This module imports nothing, so a page script
 * can use it without pulling zod into its bundle.
 */

/** NIS code of a Belgian municipality (or region): five digits. */
export const NIS_PATTERN = /^\d{5}$/;
