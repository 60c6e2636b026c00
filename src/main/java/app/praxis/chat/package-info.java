/** One chat per doctor–patient pair and its messages, with read receipts. */
@NullMarked
package app.praxis.chat;

import org.jspecify.annotations.NullMarked;
