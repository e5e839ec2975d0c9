// Messages of the store area, in every locale.
import { defineMessages } from '../message.js';

/** Catalogue of the store area. */
export const storeMessages = defineMessages({});
