/**
 * Words jieba's general dictionary lacks or splits badly in this domain ("去噪" -> "去","噪";
 * "参数量" -> "参","数量"). Loaded as a user dictionary so that both the indexed text and the
 * candidate's query segment them the same way. Frequencies are high enough to win over the
 * general dictionary's splits. Keep to terms of the field, not phrases of one question.
 */
export const DOMAIN_WORDS: string[] = `
去噪 加噪 降噪 噪声 噪声调度 噪声表 高斯噪声 信噪比 方差表 去噪网络 去噪过程 加噪过程
扩散 扩散模型 潜在扩散 潜空间 潜在空间 隐空间 潜变量 隐变量 像素空间 全像素 潜在表示
前向过程 反向过程 逆向过程 采样过程 采样步数 采样效率 确定性采样 马尔可夫 非马尔可夫 马尔可夫链
自编码器 变分自编码器 编码器 解码器 文本编码器 图像编码器 视觉编码器 动量编码器
重参数化 重构误差 重建误差 证据下界 后验坍塌 码本 向量量化 离散化
参数量 计算量 计算开销 计算复杂度 显存 推理速度 收敛速度
注意力 自注意力 交叉注意力 跨模态注意力 多头注意力 注意力头 帧间注意力 轴向注意力 稀疏注意力 时空注意力 时序注意力
位置编码 相对位置编码 绝对位置编码 旋转位置编码 位置嵌入
层归一化 批归一化 归一化 残差连接 前馈网络 前馈神经网络 预归一化
多模态 跨模态 单模态 模态对齐 语义对齐 图文对齐 文本对齐
对比学习 自监督 自监督学习 表征学习 正样本 负样本 负例 正例 样本对 温度系数
文生图 文生视频 图生视频 文本到图像 文本到视频 视频生成 图像生成 视频编辑 可控生成 条件生成
插帧 视频插帧 帧插值 中间帧 光流 运动估计 运动信息 外观信息 帧间
分辨率 高分辨率 低分辨率 分辨率外推 外推 泛化 分桶 宽高比 横屏 竖屏 长宽比
时序一致性 时间一致性 帧间一致性 累积误差 误差累积 闪烁 时序建模 时间维度
过拟合 欠拟合 正则化 收敛 训练稳定性 梯度消失 梯度爆炸 学习率
消融 消融实验 消融研究 自回归 自回归模型 离散 滑动窗口 差分
字幕 视频字幕 视频描述 视频理解 美学 美学质量 评测集 评估基准 基准 人类偏好 用户评分
无分类器引导 分类器引导 引导尺度 微调 预训练 零样本 少样本 蒸馏
`
  .split(/\s+/)
  .filter(Boolean);
