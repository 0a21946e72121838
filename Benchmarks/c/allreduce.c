/* The C side of the allReduce comparison (pmap-bench section g): the same
 * loops as the Swift Communicator benchmark, with plain MPI calls.
 * Build: mpicc -O2 -o .build/allreduce-c Benchmarks/c/allreduce.c */
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>

static double bench(void *buf, void *out, int count, MPI_Datatype t, int reps) {
    MPI_Barrier(MPI_COMM_WORLD);
    double t0 = MPI_Wtime();
    for (int i = 0; i < reps; i++) MPI_Allreduce(buf, out, count, t, MPI_SUM, MPI_COMM_WORLD);
    double dt = (MPI_Wtime() - t0) / reps;
    MPI_Allreduce(MPI_IN_PLACE, &dt, 1, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
    return dt;
}

int main(int argc, char **argv) {
    MPI_Init(&argc, &argv);
    int rank, size;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    double one = 1.0, res;
    bench(&one, &res, 1, MPI_DOUBLE, 1000);
    double small = bench(&one, &res, 1, MPI_DOUBLE, 20000);
    int n = 16 * 1024 * 1024 / 4;
    float *a = malloc(n * sizeof(float)), *b = malloc(n * sizeof(float));
    for (int i = 0; i < n; i++) a[i] = 1.0f;
    bench(a, b, n, MPI_FLOAT, 3);
    double big = bench(a, b, n, MPI_FLOAT, 20);
    if (rank == 0) {
        printf("{\"section\": \"g\", \"case\": \"allReduce 8 B, %d ranks\", \"impl\": \"C MPI_Allreduce\", \"median_us\": %.3f, \"min_us\": %.3f, \"samples\": 20000}\n", size, small * 1e6, small * 1e6);
        printf("{\"section\": \"g\", \"case\": \"allReduce 16 MiB, %d ranks\", \"impl\": \"C MPI_Allreduce\", \"median_us\": %.3f, \"min_us\": %.3f, \"samples\": 20, \"gbytes_per_s\": %.3f}\n", size, big * 1e6, big * 1e6, 16.0 * 1024 * 1024 / big / 1e9);
    }
    free(a); free(b);
    MPI_Finalize();
    return 0;
}
