package io.gridgov.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample service (示例服务): a Spring Boot application on the bundled sample city 明湖区 that a
 * vendor can copy. Everything GridGov comes from grid-spring-boot-starter and the {@code gridgov.*}
 * properties in {@code application.properties}; the controllers only translate HTTP. Start it with
 * {@code ./gridgov serve} (port 8080, or {@code --server.port=N}).
 */
@SpringBootApplication
public class SampleServiceApplication {

    /** Creates the application (Spring does). */
    public SampleServiceApplication() {
    }

    /**
     * Starts the service.
     *
     * @param args Spring Boot arguments, such as {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication.run(SampleServiceApplication.class, args);
    }
}
