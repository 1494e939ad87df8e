package eu.clusterbridge.accounts.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Without {@code spring.mail.host} (the default run and the tests) a real SMTP server, GreenMail, runs inside
 * the application on localhost, like the embedded PostgreSQL: sign-up works out of the box, and tests read the
 * delivered messages from it. Production sets {@code spring.mail.host} (docs/operations.md) and this is off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class EmbeddedMailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailConfiguration.class);

    @Bean(destroyMethod = "stop")
    GreenMail embeddedMailServer(@Value("${clusterbridge.mail.embedded.port:0}") int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
        log.info("No spring.mail.host set: embedded SMTP server on 127.0.0.1:{} (messages stay in memory)", server.getSmtp().getPort());
        return server;
    }

    @Bean
    JavaMailSenderImpl mailSender(GreenMail embeddedMailServer) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(embeddedMailServer.getSmtp().getPort());
        sender.setProtocol("smtp");
        return sender;
    }
}
