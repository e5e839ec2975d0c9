// Messages of the interview area, in every locale.
import { defineMessages } from '../message.js';

/** Catalogue of the interview area. */
export const interviewMessages = defineMessages({});
