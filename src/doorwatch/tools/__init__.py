"""Tools beside the product: generators of synthetic data for benchmarks and load tests."""
