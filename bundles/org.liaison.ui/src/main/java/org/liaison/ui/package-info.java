/**
 * What every {@code .ui} bundle of Liaison shares: dialogs whose buttons speak the application's
 * language ({@link Dialogs}), the error marks beside a form's fields ({@link FormErrors}) and work
 * in the background whose result comes back to the window ({@link Background}).
 */
package org.liaison.ui;
