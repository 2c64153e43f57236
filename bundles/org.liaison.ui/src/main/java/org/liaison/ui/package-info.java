/**
 * What every {@code .ui} bundle of Liaison shares: dialogs whose buttons speak the application's
 * language ({@link Dialogs}: confirm, inform, error, ask, wizards and progress) and the error marks
 * beside a form's fields ({@link FormErrors}).
 */
package org.liaison.ui;
