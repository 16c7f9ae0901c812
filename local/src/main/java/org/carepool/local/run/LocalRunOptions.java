package org.carepool.local.run;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The options of the local run, from its command line.
 *
 * @param projectDirectory the checkout whose built applications are run
 * @param dataDirectory where the servers keep data between runs
 * @param reset whether to delete the data first
 * @param ports the port of each service
 * @param address the address the applications listen on: loopback unless told otherwise
 */
record LocalRunOptions(Path projectDirectory, Path dataDirectory, boolean reset, Map<String, Integer> ports,
		String address) {

	static final Map<String, Integer> DEFAULT_PORTS = defaults();

	static final String USAGE = """
			usage: ./run-local [--reset] [--data-dir=DIR] [--address=IP] [--<service>-port=N ...]
			  --reset          delete all local data (databases, index, keys) before starting
			  --data-dir=DIR   where data is kept between runs (default: .carepool-data in the checkout)
			  --address=IP     the address the applications listen on (default: 127.0.0.1, this machine only)
			  --<service>-port one of: ui, registry, indexer, identity, postgres, elasticsearch
			""";

	static LocalRunOptions parse(String[] args, Path projectDirectory) {
		Path data = projectDirectory.resolve(".carepool-data");
		boolean reset = false;
		String address = "127.0.0.1";
		Map<String, Integer> ports = new LinkedHashMap<>(DEFAULT_PORTS);
		for (String arg : args) {
			if (arg.equals("--reset")) {
				reset = true;
			}
			else if (arg.startsWith("--address=")) {
				address = arg.substring("--address=".length());
				if (address.isBlank()) {
					throw new IllegalArgumentException("--address needs an IP address\n" + USAGE);
				}
			}
			else if (arg.startsWith("--data-dir=")) {
				data = Path.of(arg.substring("--data-dir=".length()));
			}
			else if (arg.startsWith("--") && arg.contains("-port=")) {
				String service = arg.substring(2, arg.indexOf("-port="));
				if (!ports.containsKey(service)) {
					throw new IllegalArgumentException("Unknown service '" + service + "'\n" + USAGE);
				}
				ports.put(service, parsePort(arg.substring(arg.indexOf('=') + 1)));
			}
			else {
				throw new IllegalArgumentException("Unknown option '" + arg + "'\n" + USAGE);
			}
		}
		return new LocalRunOptions(projectDirectory.toAbsolutePath(), data.toAbsolutePath().normalize(), reset,
				Map.copyOf(ports), address);
	}

	int port(String service) {
		return this.ports.get(service);
	}

	private static int parsePort(String value) {
		try {
			int port = Integer.parseInt(value);
			if (port < 1 || port > 65535) {
				throw new NumberFormatException();
			}
			return port;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Not a port number: '" + value + "'");
		}
	}

	private static Map<String, Integer> defaults() {
		Map<String, Integer> ports = new LinkedHashMap<>();
		ports.put("ui", 8080);
		ports.put("registry", 8081);
		ports.put("indexer", 8082);
		ports.put("identity", 9000);
		ports.put("postgres", 15432);
		ports.put("elasticsearch", 19200);
		return ports;
	}

}
