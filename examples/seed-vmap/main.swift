import Local

do {
    try Random.withImplementation(.legacy) {
        let key = PRNGKey(0)
        print(key)
        let x = try Random.normal(key, shape: [100])
        print(try x[0..<8])
        print(try dot(x, x))
        let bx = try Random.normal(key, shape: [5, 100])
        do { _ = try dot(bx, bx) } catch { print(error) }
        print(try Random.uniform(key, shape: [8]))
        print(try Random.split(key, count: 3))
        print(try Random.bits(key, shape: [5]))
    }
    print(try Random.normal(PRNGKey(0), shape: [8]))
    print(try Random.split(PRNGKey(0), count: 3))
    let a = try Tensor.arange(6).reshaped([2, 3])
    print(a, try a.transposed(), try sum(a, axes: [0]), try a * 2.5, try cumsum(Tensor.arange(5)))
    print(try matmul(Tensor.ones([2, 3]), Tensor.ones([3, 2])))
    do { _ = try matmul(Tensor.ones([2, 3]), Tensor.ones([2, 3])) } catch { print(error) }
    do { _ = try Tensor([1, 2, 3]) + Tensor([1, 2, 3, 4]) } catch { print(error) }
    print(try Tensor.eye(3), try Random.permutation(PRNGKey(0), 10), try Random.randint(PRNGKey(0), shape: [5], minval: 0, maxval: 10))
    print(try a[1], try a[TensorIndex.all, 1], try a[Tensor([1, 0])])
} catch { print("ERROR", error) }
