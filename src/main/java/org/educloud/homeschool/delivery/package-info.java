/**
 * How notices reach parents outside the platform: e-mail through Spring's {@code JavaMailSender} to the SMTP server
 * the installation configures, and text messages through an {@link org.educloud.homeschool.delivery.SmsGateway}
 * (Aliyun's SMS service is the adapter shipped). Both are off until configured; the admin page says which are on.
 * The bell inside the platform is always used and lives with the notices.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.homeschool.delivery;
