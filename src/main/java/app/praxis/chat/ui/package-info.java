/** The chat's screens: the Messages inbox with its conversation panel, and the menu's unread badge. */
@NullMarked
package app.praxis.chat.ui;

import org.jspecify.annotations.NullMarked;
