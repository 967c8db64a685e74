package io.ampgate.meter.janitza;

import io.ampgate.modbus.meter.FixedCatalog;
import io.ampgate.modbus.meter.MeterCatalog;
import java.util.Arrays;
import org.osgi.service.component.annotations.Component;

/** The models this plugin reads, for commissioning ({@code modbus:models}, {@code modbus:probe}). */
@Component(service = MeterCatalog.class)
public final class JanitzaCatalog extends FixedCatalog {
    public JanitzaCatalog() {
        super(JanitzaMeter.PID, Arrays.stream(JanitzaModel.values()).map(JanitzaModel::spec).toList());
    }
}
