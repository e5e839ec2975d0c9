// Messages of the core area, in every locale.
import { defineMessages } from '../message.js';

/** Catalogue of the core area. */
export const coreMessages = defineMessages({});
