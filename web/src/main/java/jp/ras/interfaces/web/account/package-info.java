/**
 * The signed-in user's own pages (my account, the forced password change, the terms of use, my organisation, the
 * periodic report) and the public pages reached from mails and the login page (forgotten password, setting a
 * password by link, confirming a new mail address). One thin {@code *Backing} bean per page over the application
 * services; rule violations are shown on their fields (AP9).
 */
package jp.ras.interfaces.web.account;
