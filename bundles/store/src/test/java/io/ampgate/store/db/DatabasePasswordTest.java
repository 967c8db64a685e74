package io.ampgate.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.Logger;

/** The database password under its dot key, and under its name from before. */
class DatabasePasswordTest {
    private final List<String> warnings = new ArrayList<>();
    private final Logger logger = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(),
            new Class<?>[] {Logger.class}, (proxy, method, args) -> {
                if (method.getName().equals("warn")) {
                    warnings.add((String) args[0]);
                }
                return null;
            });

    private static DatabaseComponent.Config config(String password) {
        return (DatabaseComponent.Config) Proxy.newProxyInstance(DatabaseComponent.Config.class.getClassLoader(),
                new Class<?>[] {DatabaseComponent.Config.class}, (proxy, method, args) ->
                        method.getName().equals("_password") ? password : method.getDefaultValue());
    }

    @Test
    void aPasswordUnderItsOldNameIsUsedWithAWordToRenameIt() {
        assertThat(DatabaseComponent.password(config(""), Map.of("password", "s3cret"), logger)).isEqualTo("s3cret");
        assertThat(warnings).singleElement().asString().contains("rename 'password' to '.password'");
    }

    @Test
    void theDotKeyWinsAndNothingIsSaid() {
        assertThat(DatabaseComponent.password(config("new"), Map.of("password", "old"), logger)).isEqualTo("new");
        assertThat(DatabaseComponent.password(config(""), Map.of(), logger)).isEmpty();
        assertThat(warnings).isEmpty();
    }
}
