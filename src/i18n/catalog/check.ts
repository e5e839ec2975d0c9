// Messages of the check area, in every locale.
import { defineMessages } from '../message.js';

/** Catalogue of the check area. */
export const checkMessages = defineMessages({});
