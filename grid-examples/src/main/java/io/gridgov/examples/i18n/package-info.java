/** The message bundle of the command line and the demo (en and zh_CN). */
package io.gridgov.examples.i18n;
