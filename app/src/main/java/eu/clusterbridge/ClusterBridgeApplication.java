package eu.clusterbridge;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * ClusterBridge: one Spring Boot application made of modules, one top-level package each. Started with
 * {@code export ...} or {@code import ...} it runs that data command without a web server and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClusterBridgeApplication {

    /** First program arguments that run a data command (see the seeddata module's DataCommand) instead of the web server. */
    public static final Set<String> DATA_COMMANDS = Set.of("export", "import");

    public static void main(String[] args) {
        ConfigurableApplicationContext context = application(args).run(args);
        if (isDataCommand(args)) {
            System.exit(SpringApplication.exit(context));
        }
    }

    /** The application as {@link #main} starts it: without a web server when the arguments name a data command. */
    public static SpringApplication application(String[] args) {
        SpringApplication application = new SpringApplication(ClusterBridgeApplication.class);
        if (isDataCommand(args)) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        return application;
    }

    private static boolean isDataCommand(String[] args) {
        return args.length > 0 && DATA_COMMANDS.contains(args[0]);
    }
}
